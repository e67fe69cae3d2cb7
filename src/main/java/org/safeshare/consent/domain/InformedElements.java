package org.safeshare.consent.domain;

/**
 * What the person was told, in the words used: consent is informed only if they understood what will
 * happen to the information, who will be told what, who they will then tell, and why (seed 003).
 */
public record InformedElements(String whatWillHappen, String whoWillBeTold, String whoTheyMayTell, String why) {}
