package dev.svod.parsing;

/** What a logical line of a protocol is, judged from its start. */
enum LineKind {
    /** "1.2. Организовать …". */
    NUMBERED,
    /** "- по самоопределению …", "а) …". */
    BULLET,
    /** "Срок: до 01.12.2020". */
    DEADLINE,
    /** "Ответственный: Иванов И.И.". */
    RESPONSIBLE,
    /** "Повестка заседания", "ПОВЕСТКА ДНЯ:". */
    AGENDA_MARKER,
    /** "СЛУШАЛИ:", "Выступили:". */
    HEARD,
    /** "РЕШИЛИ:", "Решение:", "Коллегия решила:", "ПОСТАНОВИЛИ:". */
    DECIDED,
    /** "Присутствовали: …", "Председательствовал: …". */
    PRESENT,
    /** "Председатель совета", "Секретарь". */
    SIGNATURE,
    /** A line that is only a person's name: "Ю.В. Зотова". */
    NAME_ONLY,
    /** Anything else. */
    TEXT
}
