/**
 * The audit log's tamper evidence in plain Java: the RFC 6962 / RFC 9162 Merkle tree hash, inclusion
 * and consistency proofs and their verification, the canonical event encoding and signed checkpoints.
 */
package org.safeshare.audit.domain;
