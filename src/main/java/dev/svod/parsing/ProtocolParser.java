package dev.svod.parsing;

import dev.svod.protocol.Deadline;
import dev.svod.protocol.Decision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder splitter: one decision per numbered line. Replaced by the full parser. */
public final class ProtocolParser {

    public static final int VERSION = 1;

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)*)\\.?\\s*(\\S.*)$");

    public ParsedProtocol parse(String text) {
        List<Decision> decisions = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = NUMBERED.matcher(line);
            if (m.matches()) {
                decisions.add(new Decision(m.group(1), null, m.group(2), null, List.of(), List.of(), Deadline.NONE, List.of()));
            }
        }
        return new ParsedProtocol(null, null, null, null, null, null, null, null, false, List.of(), decisions, null, null);
    }
}
