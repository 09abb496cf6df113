import io.cablestream.contract.topic.TopicSetup;
import io.cablestream.stack.*;
import java.nio.file.Path;
import java.util.Map;

/** Ingest benchmark helper: a broker JVM with the contract topics (3 partitions), until this JVM is stopped. */
public class BenchBroker {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        var settings = new StackSettings(home, Path.of(args[1]), Integer.parseInt(args[2]), 0, 0, 0, 0, 0);
        var broker = KafkaBrokerProcess.start(settings, JavaCommand.forHome(home));
        TopicSetup.ensureContractTopics(settings.bootstrapServers(), 3, Map.of());
        System.out.println("broker pid " + broker.pid() + " ready at " + settings.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> broker.stop(java.time.Duration.ofSeconds(10))));
        Thread.currentThread().join();
    }
}
