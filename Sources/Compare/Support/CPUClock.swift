import Foundation

/// The CPU time of the calling thread: what a stage cost, whatever else the machine was doing.
enum CPUClock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func timed<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let start = now()
        let value = body()
        return (value, now() - start)
    }
}
