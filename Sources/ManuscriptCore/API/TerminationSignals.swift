import Foundation
import Synchronization

/// What `assemble` does on SIGINT, SIGTERM or SIGHUP: end the process groups of the stages and
/// helper programs running, remove its staging and private folders, then die of the same signal.
public enum TerminationSignals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    /// Set once a signal is being handled. The build may finish meanwhile (its stage was just ended
    /// by the handler, so it fails) and would exit with 1 before the handler dies of the signal:
    /// an exit then waits for the handler instead, which ends the process.
    private static let ending = Atomic<Bool>(false)

    public static func install() {
        atexit {
            guard TerminationSignals.ending.load(ordering: .acquiring) else { return }
            while true { pause() }
        }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // Ignored, the signal reaches only the dispatch source (run on a queue, not in the signal
            // handler's context, so it may take locks and remove files).
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                ending.store(true, ordering: .releasing)
                RunningProcessGroups.shared.killAll()
                StagedOutput.removeAllStaging()
                PrivateFolders.removeAll()
                // Die of the signal, as a shell expects; a parent may have left it blocked, so unblock
                // it first, and exit as a shell reports a signal if it still does not arrive.
                signal(number, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, number)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(number)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
