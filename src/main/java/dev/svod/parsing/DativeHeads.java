package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * The nouns an addressee phrase is built on ("Министерству", "Органам", "Руководителям", "учреждению"), in the
 * dative singular and plural, each leading back to its nominative, gender and number. Forms are derived from the
 * nominative by the regular endings; the table lists only nominatives (and irregular plurals).
 */
final class DativeHeads {

    /** A head noun read back from the dative. */
    record Head(String nominative, char gender, boolean plural) {
    }

    private static final String[][] NOUNS = {
            {"министерство", "n", "министерства"}, {"департамент", "m", "департаменты"},
            {"управление", "n", "управления"}, {"комитет", "m", "комитеты"}, {"отдел", "m", "отделы"},
            {"администрация", "f", "администрации"}, {"орган", "m", "органы"}, {"руководитель", "m", "руководители"},
            {"глава", "f", "главы"}, {"директор", "m", "директора"}, {"учреждение", "n", "учреждения"},
            {"организация", "f", "организации"}, {"институт", "m", "институты"}, {"центр", "m", "центры"},
            {"школа", "f", "школы"}, {"учитель", "m", "учителя"}, {"педагог", "m", "педагоги"},
            {"специалист", "m", "специалисты"}, {"начальник", "m", "начальники"}, {"заместитель", "m", "заместители"},
            {"министр", "m", "министры"}, {"губернатор", "m", "губернаторы"}, {"правительство", "n", "правительства"},
            {"совет", "m", "советы"}, {"служба", "f", "службы"}, {"образование", "n", "образования"},
            {"округ", "m", "округа"}, {"район", "m", "районы"}, {"колледж", "m", "колледжи"},
            {"университет", "m", "университеты"}, {"ассоциация", "f", "ассоциации"}, {"объединение", "n", "объединения"},
            {"лицей", "m", "лицеи"}, {"гимназия", "f", "гимназии"}, {"агентство", "n", "агентства"},
            {"инспекция", "f", "инспекции"}, {"комиссия", "f", "комиссии"}, {"фонд", "m", "фонды"},
            {"филиал", "m", "филиалы"}, {"методист", "m", "методисты"}, {"воспитатель", "m", "воспитатели"},
            {"работник", "m", "работники"}, {"член", "m", "члены"}, {"участник", "m", "участники"},
            {"ректор", "m", "ректоры"}, {"председатель", "m", "председатели"}, {"мэр", "m", "мэры"},
            {"мэрия", "f", "мэрии"}, {"секретарь", "m", "секретари"}, {"координатор", "m", "координаторы"},
            {"куратор", "m", "кураторы"}, {"эксперт", "m", "эксперты"}, {"родитель", "m", "родители"},
            {"муниципалитет", "m", "муниципалитеты"}, {"подразделение", "n", "подразделения"},
            {"отделение", "n", "отделения"}, {"палата", "f", "палаты"}, {"дума", "f", "думы"},
            {"предприятие", "n", "предприятия"}, {"сектор", "m", "секторы"}, {"библиотека", "f", "библиотеки"},
            {"сообщество", "n", "сообщества"}, {"представитель", "m", "представители"}, {"команда", "f", "команды"},
            {"сотрудник", "m", "сотрудники"}, {"исполнитель", "m", "исполнители"}, {"оператор", "m", "операторы"},
            {"группа", "f", "группы"}, {"штаб", "m", "штабы"},
    };
    private static final String[][] PARTICIPLE_NOUNS = {
            {"заведующий", "заведующие"}, {"уполномоченный", "уполномоченные"}, {"ответственный", "ответственные"}};

    private static final Map<String, Head> BY_DATIVE = new HashMap<>();

    static {
        for (String[] noun : NOUNS) {
            char gender = noun[1].charAt(0);
            BY_DATIVE.put(dativeSingular(noun[0], gender), new Head(noun[0], gender, false));
            BY_DATIVE.put(dativePlural(noun[0], gender), new Head(noun[2], gender, true));
        }
        for (String[] p : PARTICIPLE_NOUNS) {
            String stem = p[0].substring(0, p[0].length() - 2);
            String soft = p[0].endsWith("ий") ? "ему" : "ому";
            BY_DATIVE.put(stem + soft, new Head(p[0], 'm', false));
            BY_DATIVE.put(stem + (p[0].endsWith("ий") ? "им" : "ым"), new Head(p[1], 'm', true));
        }
    }

    private DativeHeads() {
    }

    private static final java.util.Set<String> INSTRUMENTAL = new java.util.HashSet<>();

    static {
        for (String[] noun : NOUNS) {
            INSTRUMENTAL.add(instrumentalSingular(noun[0], noun[1].charAt(0)));
        }
    }

    /** "Администрацией", "институтом", "министерством": a head noun in the instrumental singular. */
    static boolean isInstrumentalHead(String word) {
        return INSTRUMENTAL.contains(Words.lower(Words.stripPunctuation(word)));
    }

    static String instrumentalSingular(String nom, char gender) {
        if (nom.endsWith("о") || nom.endsWith("е")) {
            return nom + "м";
        }
        if (nom.endsWith("ия")) {
            return cut(nom, 1) + "ей";
        }
        if (nom.endsWith("а")) {
            return cut(nom, 1) + "ой";
        }
        if (nom.endsWith("ь")) {
            return cut(nom, 1) + (gender == 'f' ? "ью" : "ем");
        }
        if (nom.endsWith("й")) {
            return cut(nom, 1) + "ем";
        }
        return nom + "ом";
    }

    static @Nullable Head lookup(String word) {
        return BY_DATIVE.get(Words.lower(Words.stripPunctuation(word)));
    }

    static boolean isHead(String word) {
        return lookup(word) != null;
    }

    static String dativeSingular(String nom, char gender) {
        if (nom.endsWith("ство") || (gender == 'n' && nom.endsWith("о"))) {
            return cut(nom, 1) + "у";
        }
        if (nom.endsWith("ие") || nom.endsWith("ье")) {
            return cut(nom, 1) + "ю";
        }
        if (nom.endsWith("ия")) {
            return cut(nom, 1) + "и";
        }
        if (nom.endsWith("а") || nom.endsWith("я")) {
            return cut(nom, 1) + "е";
        }
        if (nom.endsWith("ь")) {
            return cut(nom, 1) + (gender == 'f' ? "и" : "ю");
        }
        if (nom.endsWith("й")) {
            return cut(nom, 1) + "ю";
        }
        return nom + "у";
    }

    static String dativePlural(String nom, char gender) {
        if (nom.endsWith("о")) {
            return cut(nom, 1) + "ам";
        }
        if (nom.endsWith("ие") || nom.endsWith("ия")) {
            return cut(nom, 1) + "ям";
        }
        if (nom.endsWith("а")) {
            return cut(nom, 1) + "ам";
        }
        if (nom.endsWith("ь") || nom.endsWith("й") || nom.endsWith("я")) {
            return cut(nom, 1) + "ям";
        }
        return nom + "ам";
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
