package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A member who double-clicks, or has two tabs saving at once, sends several requests in one session at the same
 * moment. Each of them stores a message for the next page in the session; they must all succeed, never a 500.
 */
class ConcurrentRequestsTests extends RealServerTest {

    @Test
    void severalFormsSavedAtOnceInOneSessionAllSucceed() throws Exception {
        String email = confirmedMember("Twotabs");
        String session = login(email, PASSWORD, false).cookie("__Host-SESSION");
        String csrf = http.get(PROXY, "/me", withCookies("__Host-SESSION=" + session)).csrfToken();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Callable<RawHttp.Response>> saves = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String name = "Twotabs " + round + "-" + i;
                    saves.add(() -> http.postForm(PROXY, "/me/profile", withCookies("__Host-SESSION=" + session),
                            "_csrf=" + encode(csrf) + "&displayName=" + encode(name) + "&realName=&bio="));
                }
                for (Future<RawHttp.Response> saved : pool.invokeAll(saves)) {
                    assertThat(saved.get().status()).as("a save among several at once").isEqualTo(302);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        RawHttp.Response me = http.get(PROXY, "/me", withCookies("__Host-SESSION=" + session));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("Twotabs ");
    }
}
