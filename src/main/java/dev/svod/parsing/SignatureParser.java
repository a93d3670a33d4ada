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

    /**
     * @param lines   every line of the protocol
     * @param trailer the lines after the decisions: when no line names the chair, the first signer there is taken
     */
    static Signatures parse(List<ClassifiedLine> lines, List<ClassifiedLine> trailer) {
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
        if (chair == null) {
            chair = firstSigner(trailer);
        }
        return new Signatures(chair, secretary);
    }

    /** "Министр Д.А. Захаров", or "Губернатор …" over "В.А. Орлов": the first name signed that is not the secretary's. */
    private static @Nullable String firstSigner(List<ClassifiedLine> trailer) {
        for (int i = 0; i < trailer.size(); i++) {
            ClassifiedLine line = trailer.get(i);
            if (SECRETARY.matcher(line.text()).lookingAt()) {
                return null;
            }
            if (line.kind() == LineKind.NAME_ONLY || line.kind() == LineKind.TEXT && line.text().length() < 120) {
                String name = firstName(line.text());
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static @Nullable String firstName(String text) {
        List<String> names = Persons.find(text);
        return names.isEmpty() ? null : names.get(0);
    }
}
