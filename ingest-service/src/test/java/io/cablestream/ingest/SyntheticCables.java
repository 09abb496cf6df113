package io.cablestream.ingest;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic cables for tests, each with a reference ID no other test in this JVM uses. */
public final class SyntheticCables {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 800) * 1000);

    private SyntheticCables() {
    }

    /** A fresh serial, so that the cable's reference ID is {@code 09VALLETTA<serial>}. */
    public static int nextSerial() {
        return SERIAL.incrementAndGet();
    }

    public static String referenceId(int serial) {
        return "09VALLETTA" + serial;
    }

    /** A telegram with its routing header, banner and one paragraph of {@code body}. */
    public static String telegram(int serial, String body) {
        return """
                VZCZCXRO4821
                PP RUEHDBU
                DE RUEHVL #%1$d/01 0731415
                ZNY CCCCC ZZH
                P 141415Z MAR 09
                FM AMEMBASSY VALLETTA
                TO RUEHC/SECSTATE WASHDC PRIORITY 3120
                BT
                C O N F I D E N T I A L VALLETTA %1$06d

                SIPDIS

                E.O. 12958: DECL: 03/14/2019
                TAGS: PREL SMIG MT
                SUBJECT: MALTA: HARBOUR REPORT NUMBER %1$d

                1. (C) %2$s

                QUILLAN
                """.formatted(serial, body);
    }

    /** One {@code cables.csv} record (eight quoted columns, the body spanning several lines). */
    public static String csvRecord(int row, int serial, String body) {
        String header = "VZCZCXRO4821\nP 141415Z MAR 09\nFM AMEMBASSY VALLETTA\nTO RUEHC/SECSTATE WASHDC";
        String text = "C O N F I D E N T I A L VALLETTA %06d\n\nTAGS: PREL MT\nSUBJECT: REPORT %d\n\n1. (C) %s\n"
                .formatted(serial, serial, body);
        return String.join(",", quoted(Integer.toString(row)), quoted("3/14/2009 14:15"), quoted(referenceId(serial)),
                quoted("Embassy Valletta"), quoted("CONFIDENTIAL"), quoted(""), quoted(header), quoted(text));
    }

    /** The header row of {@code cables.csv}. */
    public static String csvHeader() {
        return "\"id\",\"date\",\"refid\",\"origin\",\"classification\",\"references\",\"header\",\"body\"";
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
