package org.safeshare.exchange;

/** Where one addressed organisation's part of a request stands. */
public enum RequestStatus {
    OPEN("Waiting for an answer"), ANSWERED("Answered"), DECLINED("Declined");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
