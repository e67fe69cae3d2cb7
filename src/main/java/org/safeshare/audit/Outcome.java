package org.safeshare.audit;

/** Whether the action happened or was refused (a wrong password, a locked account, a denied view). */
public enum Outcome { DONE, REFUSED }
