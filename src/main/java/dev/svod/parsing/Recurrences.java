package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** "1 раз в год", "2 раза в год", "раз в квартал", "каждый месяц": how often, in the words the index uses. */
final class Recurrences {

    private Recurrences() {
    }

    /** @param i the index of a TIMES ("раз") or EACH ("каждый") token */
    static @Nullable String times(List<DeadlineToken> t, int i) {
        int count = 1;
        if (t.get(i).is(Type.TIMES) && i > 0 && t.get(i - 1).is(Type.NUMBER)) {
            count = t.get(i - 1).a();
        }
        int j = i + 1;
        while (j < t.size() && (t.get(j).is(Type.IN) || t.get(j).is(Type.PO) || t.get(j).is(Type.FILLER))) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        DeadlineToken unit = t.get(j);
        int perYear;
        if (unit.is(Type.YEAR_WORD)) {
            perYear = 1;
        } else if (unit.is(Type.PERIOD)) {
            perYear = switch (unit.b()) {
                case DeadlineToken.HALF_YEARS -> 2;
                case DeadlineToken.QUARTERS -> 4;
                case DeadlineToken.MONTHS -> 12;
                case DeadlineToken.WEEKS -> 52;
                case DeadlineToken.DAYS -> 365;
                default -> 1;
            };
        } else {
            return null;
        }
        return name(count * perYear);
    }

    static String name(int perYear) {
        return switch (perYear) {
            case 1 -> "yearly";
            case 2 -> "semiannually";
            case 4 -> "quarterly";
            case 12 -> "monthly";
            case 52 -> "weekly";
            case 365 -> "daily";
            default -> perYear + " per year";
        };
    }
}
