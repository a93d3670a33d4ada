package dev.svod.extraction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads files in {@link ExtractionWorker} processes: JVMs of their own with the app's classpath and a bounded
 * heap, at most {@code workers} of them, each reading one file at a time and kept for the next. A worker that
 * runs out of memory ends (the file is refused, 422), one past the time limit is killed (422, as in-process),
 * one that dies otherwise is answered 503; the next file always gets a live worker, started when needed.
 */
public final class IsolatedExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);
    /** The exit status of a JVM run with -XX:+ExitOnOutOfMemoryError when the heap is exhausted. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    /** The worker keeps the time limit itself and answers; the app kills it only this much later. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ExtractionSettings settings;
    private final Duration killAfter;
    private final Semaphore permits;
    private final Deque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final Set<Worker> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "svod-extraction-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public IsolatedExtractor(ExtractionSettings settings) {
        this(settings, settings.timeLimit().plus(GRACE));
    }

    /** @param killAfter when the app kills a worker that has not answered */
    IsolatedExtractor(ExtractionSettings settings, Duration killAfter) {
        this.settings = settings;
        this.killAfter = killAfter;
        this.permits = new Semaphore(Math.max(1, settings.workers()), true);
    }

    @Override
    public ExtractedText extract(byte[] bytes, String fileName) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionUnavailableException("Извлечение текста прервано; попробуйте загрузить файл ещё раз.", e);
        }
        try {
            return extractWith(liveWorker(), bytes, fileName);
        } finally {
            permits.release();
        }
    }

    private ExtractedText extractWith(Worker worker, byte[] bytes, String fileName) {
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            late.set(true);
            worker.process.destroyForcibly();
        }, killAfter.toMillis(), TimeUnit.MILLISECONDS);
        boolean keep = false;
        worker.busy = true;
        try {
            WorkerProtocol.writeRequest(worker.requests, fileName, bytes);
            WorkerProtocol.Answer answer = WorkerProtocol.readAnswer(worker.answers);
            keep = !answer.workerEnds();
            if (answer.refusal() != null) {
                throw answer.refusal();
            }
            return answer.text();
        } catch (IOException ended) {
            throw stopped(worker, fileName, late.get(), ended);
        } finally {
            kill.cancel(false);
            worker.busy = false;
            if (keep && !late.get() && worker.process.isAlive()) {
                idle.push(worker);
            } else {
                retire(worker);
            }
        }
    }

    /** Why a worker ended without answering, in the person's words; the log gets the exit status. */
    private RuntimeException stopped(Worker worker, String fileName, boolean late, IOException ended) {
        if (late) {
            LOG.warn("Extraction worker {} killed: {} not read within {}", worker.process.pid(), fileName, killAfter);
            return TextExtractor.timeLimitExceeded(fileName, settings.timeLimit(), ended);
        }
        int status = exitStatus(worker);
        LOG.warn("Extraction worker {} ended (status {}) while reading {}", worker.process.pid(), status, fileName, ended);
        if (status == OUT_OF_MEMORY_EXIT) {
            return new ExtractionFailedException("Файл «" + fileName + "» отклонён: для чтения его текста не хватило памяти (предел "
                    + settings.workerHeap() + " на один файл). Если это большой скан, разделите его на части.", ended);
        }
        return new ExtractionUnavailableException("Чтение файла «" + fileName
                + "» прервалось: процесс извлечения текста остановился. Загрузите файл ещё раз.", ended);
    }

    private static int exitStatus(Worker worker) {
        try {
            return worker.process.waitFor(5, TimeUnit.SECONDS) ? worker.process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Worker liveWorker() {
        for (Worker worker = idle.poll(); worker != null; worker = idle.poll()) {
            if (worker.process.isAlive()) {
                return worker;
            }
            LOG.warn("Extraction worker {} ended while idle (status {})", worker.process.pid(), exitStatus(worker));
            retire(worker);
        }
        return start();
    }

    private Worker start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.workerHeap(),
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                ExtractionWorker.class.getName(),
                String.valueOf(settings.maxCharacters()),
                settings.timeLimit().toString()));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Worker worker = new Worker(process);
            running.add(worker);
            LOG.info("Extraction worker {} started (heap {})", process.pid(), settings.workerHeap());
            return worker;
        } catch (IOException e) {
            throw new ExtractionUnavailableException("Извлечение текста сейчас недоступно; попробуйте позже.", e);
        }
    }

    private void retire(Worker worker) {
        running.remove(worker);
        worker.process.destroyForcibly();
    }

    /** A worker reading a file now, if any: for tests that kill one mid-extraction. */
    Optional<ProcessHandle> busyWorker() {
        return running.stream().filter(w -> w.busy).map(w -> w.process.toHandle()).findFirst();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        for (Worker worker : List.copyOf(running)) {
            retire(worker);
        }
        idle.clear();
    }

    private static final class Worker {
        final Process process;
        final DataOutputStream requests;
        final DataInputStream answers;
        volatile boolean busy;

        Worker(Process process) {
            this.process = process;
            this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }
    }
}
