package io.cablestream.contract.auth;

import java.util.List;

/**
 * The access-token claims the services read and the roles they grant. A token's {@value #GROUPS}
 * claim holds roles: {@value #INGEST} imports cables, {@value #READ} reads them, {@value #ADMIN} does
 * both and sees every cable whatever its classification or collection. {@value #CLEARANCE} is the
 * highest classification level a reader sees ({@code UNCLASSIFIED}, {@code CONFIDENTIAL},
 * {@code SECRET}, {@code TOP SECRET}); {@value #COLLECTIONS} lists the collections a token may read
 * or import into, {@value #ALL_COLLECTIONS} for all (see docs/security.md).
 */
public final class Roles {

    /** Imports cables and follows imports. */
    public static final String INGEST = "ingest";
    /** Searches and reads cables, within the token's clearance and collections. */
    public static final String READ = "read";
    /** Everything, on every cable. */
    public static final String ADMIN = "admin";
    /** Every role, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(INGEST, READ, ADMIN);

    /** Claim holding the roles (MicroProfile JWT's standard claim). */
    public static final String GROUPS = "groups";
    /** Claim holding the reader's clearance. */
    public static final String CLEARANCE = "clearance";
    /** Claim holding the collections: a list, or one string of names separated by commas or spaces. */
    public static final String COLLECTIONS = "collections";
    /** In {@value #COLLECTIONS}, every collection. */
    public static final String ALL_COLLECTIONS = "*";
    /** Issuer of the tokens the local stack mints, and the services' default expected issuer. */
    public static final String LOCAL_ISSUER = "cablestream-local";

    private Roles() {
    }
}
