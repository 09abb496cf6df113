package io.cablestream.stack.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The memory of another JVM as that JVM itself accounts for it, read over JMX after attaching to it
 * (its local management agent is started on demand, so the JVM needs no flag): heap used and
 * committed, heap left after its latest collection, non-heap (metaspace, code cache), NIO direct and
 * memory-mapped buffers, collection counts; and, on request, a full collection to read the live heap.
 */
final class JvmMemory implements AutoCloseable {

    /** The JMX client's own logger, silenced: a broken connection is handled by the caller, not logged. */
    private static final Logger JMX_CLIENT_LOG = Logger.getLogger("javax.management.remote.misc");

    static {
        JMX_CLIENT_LOG.setLevel(Level.OFF);
        // a JVM too busy to answer must not hang the caller: RMI calls give up after this many milliseconds
        System.setProperty("sun.rmi.transport.tcp.responseTimeout", "20000");
    }

    /**
     * One reading.
     *
     * @param heapUsed heap in use now (live objects and garbage not yet collected)
     * @param heapCommitted heap the JVM has claimed from the operating system
     * @param heapMax the most heap it may claim ({@code -Xmx})
     * @param heapAfterGc heap in use right after the JVM's latest collection, young or full
     * @param nonHeapUsed metaspace, code cache and other non-heap pools in use
     * @param directBytes NIO direct buffers
     * @param mappedBytes memory-mapped files (their mapped size; only the touched pages are resident)
     * @param youngGcs young collections so far
     * @param fullGcs full collections so far
     */
    record Reading(long heapUsed, long heapCommitted, long heapMax, long heapAfterGc, long nonHeapUsed, long directBytes,
            long mappedBytes, long youngGcs, long fullGcs) {
    }

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final Set<String> heapPools;
    private final com.sun.management.GarbageCollectorMXBean young;
    private final com.sun.management.GarbageCollectorMXBean full;
    private final List<BufferPoolMXBean> buffers;

    private JvmMemory(JMXConnector connector) throws IOException {
        this.connector = connector;
        MBeanServerConnection server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        // the full collector is the one that manages every heap pool (Serial: MarkSweepCompact; young: Copy)
        var collectors = ManagementFactory.getPlatformMXBeans(server, com.sun.management.GarbageCollectorMXBean.class)
                .stream().sorted(Comparator.comparingInt(c -> c.getMemoryPoolNames().length)).toList();
        this.young = collectors.getFirst();
        this.full = collectors.getLast();
        this.buffers = ManagementFactory.getPlatformMXBeans(server, BufferPoolMXBean.class);
    }

    /**
     * Attaches to the JVM with process ID {@code pid} (same user) and connects to its management agent;
     * each later call throws an {@link java.io.UncheckedIOException} or a runtime JMX exception when the
     * JVM does not answer within 20 s.
     */
    static JvmMemory attach(long pid) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to JVM " + pid + ": " + e.getMessage(), e);
        }
        return new JvmMemory(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    Reading read() {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        var latest = young.getLastGcInfo() == null || full.getLastGcInfo() != null
                && full.getLastGcInfo().getEndTime() >= young.getLastGcInfo().getEndTime() ? full : young;
        long afterGc = latest.getLastGcInfo() == null ? heap.getUsed() : heapUsed(latest);
        return new Reading(heap.getUsed(), heap.getCommitted(), heap.getMax(), afterGc, memory.getNonHeapMemoryUsage().getUsed(),
                buffer("direct"), buffer("mapped"), young.getCollectionCount(), full.getCollectionCount());
    }

    /** Runs a full collection in the JVM ({@code System.gc()}) and returns the heap still in use after it. */
    long liveHeapAfterFullGc() {
        memory.gc();
        return heapUsed(full);
    }

    private long heapUsed(com.sun.management.GarbageCollectorMXBean collector) {
        Map<String, MemoryUsage> after = collector.getLastGcInfo().getMemoryUsageAfterGc();
        return after.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    private long buffer(String name) {
        return buffers.stream().filter(pool -> pool.getName().equals(name)).mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the JVM is gone: nothing left to close
        }
    }
}
