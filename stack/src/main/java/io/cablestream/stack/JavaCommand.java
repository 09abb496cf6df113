package io.cablestream.stack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds command lines for child JVMs with the same Java runtime as the launcher (a JDK 21 or newer,
 * chosen by the {@code cablestream} script) and the flags Lucene and Kafka want.
 *
 * @param javaBinary path of the {@code java} executable
 * @param classpath class path for the broker and command-line tools (the stack module's runtime libraries)
 */
public record JavaCommand(String javaBinary, String classpath) {

    static final List<String> COMMON_FLAGS = List.of(
            "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC");

    /** The runtime running this launcher, with the class path of the stack module built under {@code home}. */
    public static JavaCommand forHome(Path home) {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stack = home.resolve("stack/target");
        return new JavaCommand(java, stack.resolve("lib") + "/*" + File.pathSeparator + stack.resolve("classes"));
    }

    /** {@code java <flags> <jvmArgs> -cp <classpath> mainClass args...}. */
    public List<String> command(List<String> jvmArgs, String mainClass, String... args) {
        var command = base(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java <flags> <jvmArgs> -jar jar}. */
    public List<String> jar(List<String> jvmArgs, String jar) {
        var command = base(jvmArgs);
        command.add("-jar");
        command.add(jar);
        return command;
    }

    private List<String> base(List<String> jvmArgs) {
        var command = new ArrayList<String>();
        command.add(javaBinary);
        command.addAll(COMMON_FLAGS);
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmArgs);
        return command;
    }
}
