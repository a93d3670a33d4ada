package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.regex.Pattern;

/** The chair and the secretary: "Председательствовал: Орлов В.А., …", or the signatures with the name below. */
final class SignatureParser {

    /** Who chaired and who kept the minutes, as printed; either may be null. */
    record Signatures(@Nullable String chair, @Nullable String secretary) {
    }

    private static final Pattern CHAIR = Pattern.compile("^(?:Председатель|ПРЕДСЕДАТЕЛЬ)(?![а-яё])");
    private static final Pattern SECRETARY = Pattern.compile("^(?:Секретарь|СЕКРЕТАРЬ|Протокол вел)(?![а-яё])");
    private static final Pattern PRESIDED = Pattern.compile("^(?:Председательствовал|Председательствующий|ПРЕДСЕДАТЕЛЬСТВОВАЛ)");

    private SignatureParser() {
    }

    static Signatures parse(List<ClassifiedLine> lines) {
        String chair = null;
        String secretary = null;
        for (int i = 0; i < lines.size(); i++) {
            ClassifiedLine line = lines.get(i);
            if (line.kind() == LineKind.PRESENT && PRESIDED.matcher(line.text()).lookingAt() && chair == null) {
                chair = firstName(line.rest());
            } else if (line.kind() == LineKind.SIGNATURE) {
                String name = firstName(line.rest());
                if (name == null && i + 1 < lines.size() && lines.get(i + 1).kind() == LineKind.NAME_ONLY) {
                    name = firstName(lines.get(i + 1).text());
                }
                if (CHAIR.matcher(line.text()).lookingAt() && chair == null) {
                    chair = name;
                } else if (SECRETARY.matcher(line.text()).lookingAt() && secretary == null) {
                    secretary = name;
                }
            }
        }
        return new Signatures(chair, secretary);
    }

    private static @Nullable String firstName(String text) {
        List<String> names = Persons.find(text);
        return names.isEmpty() ? null : names.get(0);
    }
}
