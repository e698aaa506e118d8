package io.sluice.core.poll;

import java.io.IOException;

class EpollPollerTest extends PollerContractTest
{
    @Override
    Poller newPoller() throws IOException
    {
        return PollerKind.EPOLL.newPoller();
    }
}
