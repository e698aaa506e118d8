package io.sluice.core.worker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the rebalancer moves a session, and between which workers. */
class RebalanceDecisionTest
{
    @Test
    void shouldMoveFromTheBusiestToTheLeastBusyBeyondTheThreshold()
    {
        final long decision = RebalanceDecision.decide(new double[] {40, 85, 10, 60}, 20);
        assertEquals(1, RebalanceDecision.from(decision));
        assertEquals(2, RebalanceDecision.to(decision));
    }

    @Test
    void shouldNotMoveWithinTheThresholdNorExactlyAtIt()
    {
        assertEquals(RebalanceDecision.NONE, RebalanceDecision.decide(new double[] {50, 31}, 20));
        assertEquals(RebalanceDecision.NONE, RebalanceDecision.decide(new double[] {50, 30}, 20));
        final long justOver = RebalanceDecision.decide(new double[] {50, 29.9}, 20);
        assertEquals(0, RebalanceDecision.from(justOver));
        assertEquals(1, RebalanceDecision.to(justOver));
    }

    @Test
    void shouldNotMoveWithOneWorkerOrEqualLoads()
    {
        assertEquals(RebalanceDecision.NONE, RebalanceDecision.decide(new double[] {100}, 5));
        assertEquals(RebalanceDecision.NONE, RebalanceDecision.decide(new double[] {70, 70, 70}, 5));
    }

    @Test
    void shouldBreakTiesByTheLowerIndex()
    {
        final long decision = RebalanceDecision.decide(new double[] {0, 90, 90, 0}, 5);
        assertEquals(1, RebalanceDecision.from(decision));
        assertEquals(0, RebalanceDecision.to(decision));
    }

    @Test
    void shouldNameWorkersAboveTheFirstHundred()
    {
        final double[] loads = new double[256];
        loads[255] = 100;
        loads[200] = 0;
        java.util.Arrays.fill(loads, 0, 200, 50);
        java.util.Arrays.fill(loads, 201, 255, 50);
        final long decision = RebalanceDecision.decide(loads, 20);
        assertEquals(255, RebalanceDecision.from(decision));
        assertEquals(200, RebalanceDecision.to(decision));
    }
}
