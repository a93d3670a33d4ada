package dev.svod.extraction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The extraction worker process that {@link IsolatedExtractor} starts with the app's classpath: reads one
 * request after another from stdin ({@link WorkerProtocol}), runs the in-process {@link TextExtractor} on it
 * and writes the answer to stdout. Everything else that would go to stdout (logging, a parser's prints) goes to
 * stderr, which is the app's log. It ends when stdin closes, and after a parse it had to abandon at the time
 * limit, since that parse may still be running on a thread of its own.
 *
 * <p>Arguments: the maximum characters and the time limit (ISO-8601, e.g. PT2M).
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        Logger log = LoggerFactory.getLogger(ExtractionWorker.class);
        TextExtractor extractor = new TextExtractor(Integer.parseInt(args[0]), Duration.parse(args[1]));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        for (WorkerProtocol.Request request = WorkerProtocol.readRequest(requests); request != null;
             request = WorkerProtocol.readRequest(requests)) {
            try {
                WorkerProtocol.writeText(answers, extractor.extract(request.bytes(), request.fileName()));
            } catch (UnsupportedFormatException unsupported) {
                WorkerProtocol.writeUnsupported(answers, unsupported.detectedType());
            } catch (ExtractionFailedException failed) {
                log.info("Extraction of {} refused: {}", request.fileName(), failed.getMessage(), failed);
                boolean abandoned = failed.getCause() instanceof TimeoutException;
                WorkerProtocol.writeFailure(answers, failed.getMessage(), abandoned);
                if (abandoned) {
                    log.warn("Extraction worker ends: the abandoned parse of {} may still be running", request.fileName());
                    System.exit(0);
                }
            } catch (RuntimeException unexpected) {
                log.error("Extraction of {} failed", request.fileName(), unexpected);
                WorkerProtocol.writeFailure(answers, "Не удалось прочитать текст файла «" + request.fileName()
                        + "»: файл повреждён или его формат не поддерживается.", false);
            }
        }
    }
}
