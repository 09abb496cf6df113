package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;

/**
 * Thrown when an input cannot be turned into a cable: it says what is wrong, where (the source and
 * position, when known) and how to fix it. The parser throws nothing else for any input; a fault of
 * the parser itself (a bug the input revealed) is also reported this way, with the fault as cause.
 */
public final class CableRejectedException extends RuntimeException {

    private final String reason;
    private final String hint;
    private final transient CableSource source;

    public CableRejectedException(String reason, String hint) {
        this(reason, hint, null);
    }

    public CableRejectedException(String reason, String hint, CableSource source) {
        this(reason, hint, source, null);
    }

    private CableRejectedException(String reason, String hint, CableSource source, Throwable fault) {
        super(message(reason, hint, source), fault, false, false);
        this.reason = reason;
        this.hint = hint;
        this.source = source;
    }

    /** The rejection of an input on which the parser itself failed with {@code fault}. */
    static CableRejectedException parserFault(Throwable fault, CableSource source) {
        return new CableRejectedException("the parser failed on this input (" + fault + ")",
                "report the input to the parser's maintainers", source, fault);
    }

    /** True when the parser failed on the input (a bug to report), rather than the input being unfit. */
    public boolean isParserFault() {
        return getCause() != null;
    }

    /** What is wrong with the input, e.g. {@code no reference ID found}. */
    public String reason() {
        return reason;
    }

    /** How to fix the input so that it is accepted. */
    public String hint() {
        return hint;
    }

    /** Where the input came from, or {@code null} when unknown. */
    public CableSource source() {
        return source;
    }

    /** The same rejection, located at {@code where} (kept when this one already has a source). */
    public CableRejectedException at(CableSource where) {
        return source != null || where == null ? this : new CableRejectedException(reason, hint, where, getCause());
    }

    private static String message(String reason, String hint, CableSource source) {
        StringBuilder message = new StringBuilder();
        if (source != null) {
            message.append(source.name());
            if (source.position() != null) {
                message.append(", ").append(source.position());
            }
            message.append(": ");
        }
        message.append(reason);
        if (hint != null && !hint.isEmpty()) {
            message.append(" (").append(hint).append(')');
        }
        return message.toString();
    }
}
