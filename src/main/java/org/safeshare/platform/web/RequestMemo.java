package org.safeshare.platform.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read at most once per HTTP request: for a row several steps of one request need (the caller's organisation as a
 * sharer is read to authenticate an API call and again to record its decision), so that each step still asks for it and
 * the request pays one round trip (docs/performance.md). Outside a request (a job, a module's own call) every call reads.
 * A value lives only as long as its request, so it is never stale for longer than the request that read it; an owner
 * that changes the value in a request {@link #forget}s it.
 */
public final class RequestMemo<K, V> {

    private final String attribute;

    /** Named after its owner, so that two memos never share a request attribute. */
    public RequestMemo(Class<?> owner, String name) {
        this.attribute = RequestMemo.class.getName() + "." + owner.getName() + "." + name;
    }

    /** The value read earlier in this request, or read now (and kept for the rest of the request). */
    public V get(K key, Function<K, V> read) {
        Map<K, V> known = known(true);
        if (known == null) {
            return read.apply(key);
        }
        V value = known.get(key);
        if (value == null) {
            value = read.apply(key);
            known.put(key, value);
        }
        return value;
    }

    /** Forgets what this request read: the owner has just changed it. */
    public void forget() {
        Map<K, V> known = known(false);
        if (known != null) {
            known.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> known(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object known = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (known == null && create) {
            known = new HashMap<K, V>();
            request.setAttribute(attribute, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<K, V>) known;
    }
}
