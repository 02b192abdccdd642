package org.factcheck.apikey;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling: the owner of the API key of this request ("anonymous" for public reads without a key). */
@RequestScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    private String owner = ANONYMOUS;
    private Long keyId;

    public String owner() {
        return owner;
    }

    public void owner(String owner) {
        this.owner = owner;
    }

    /** The id of the request's API key; null when it came without one. */
    public Long keyId() {
        return keyId;
    }

    public void keyId(long keyId) {
        this.keyId = keyId;
    }
}
