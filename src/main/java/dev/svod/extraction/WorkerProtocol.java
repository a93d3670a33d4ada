package dev.svod.extraction;

import io.micronaut.core.annotation.Nullable;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What {@link IsolatedExtractor} and an {@link ExtractionWorker} say over the worker's stdin and stdout.
 * A request is the file name and the bytes; the answer is a kind byte, then the text, content type, pages and
 * OCR pages ({@link #TEXT}), the detected type ({@link #UNSUPPORTED}) or the person's message ({@link #FAILED}).
 * Strings go as a length and UTF-8 bytes, so a 20 M character text fits.
 */
final class WorkerProtocol {

    static final byte TEXT = 0;
    static final byte UNSUPPORTED = 1;
    static final byte FAILED = 2;

    private WorkerProtocol() {
    }

    record Request(String fileName, byte[] bytes) {
    }

    static void writeRequest(DataOutputStream out, String fileName, byte[] bytes) throws IOException {
        writeString(out, fileName);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** @return null when the app closed the worker's stdin: the worker's cue to end */
    static @Nullable Request readRequest(DataInputStream in) throws IOException {
        String fileName;
        try {
            fileName = readString(in);
        } catch (EOFException closed) {
            return null;
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new Request(fileName, bytes);
    }

    static void writeText(DataOutputStream out, ExtractedText text) throws IOException {
        out.writeByte(TEXT);
        writeString(out, text.text());
        writeString(out, text.contentType());
        out.writeInt(text.pages() == null ? -1 : text.pages());
        out.writeInt(text.ocrPages());
        out.flush();
    }

    static void writeUnsupported(DataOutputStream out, String detectedType) throws IOException {
        out.writeByte(UNSUPPORTED);
        writeString(out, detectedType);
        out.flush();
    }

    /** @param workerEnds the worker ends after this answer and must not be given another file */
    static void writeFailure(DataOutputStream out, String message, boolean workerEnds) throws IOException {
        out.writeByte(FAILED);
        writeString(out, message);
        out.writeBoolean(workerEnds);
        out.flush();
    }

    /**
     * The worker's answer: the text, or the refusal to throw.
     *
     * @param workerEnds the worker ends after this answer (it abandoned a parse at the time limit)
     */
    record Answer(@Nullable ExtractedText text, @Nullable RuntimeException refusal, boolean workerEnds) {
    }

    /** @throws EOFException when the worker ended before answering */
    static Answer readAnswer(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case TEXT -> {
                String text = readString(in);
                String contentType = readString(in);
                int pages = in.readInt();
                yield new Answer(new ExtractedText(text, contentType, pages < 0 ? null : pages, in.readInt()), null, false);
            }
            case UNSUPPORTED -> new Answer(null, new UnsupportedFormatException(readString(in)), false);
            case FAILED -> new Answer(null, new ExtractionFailedException(readString(in), null), in.readBoolean());
            default -> throw new IOException("Unknown answer " + kind + " from the extraction worker");
        };
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
