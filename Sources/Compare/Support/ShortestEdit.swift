/// Which elements of one number sequence a shortest edit removes, and which of the other it
/// inserts: Myers' linear-space search (E. W. Myers, "An O(ND) difference algorithm and its
/// variations", 1986, section 4b), making the same choice as the standard library's
/// `difference(from:)` wherever two edits are equally short.
///
/// Why not `difference(from:)` itself: it is generic and not specialisable from outside the
/// standard library, so every comparison of the search goes through a closure and protocol
/// witnesses; the diffs behind a check's findings spent a fifth of the check there. Why the same
/// choices: a finding's character diff is what a report shows, and the reports must not change
/// with the speed. A test holds the two to the same marks on every kind of pair.
enum ShortestEdit {
    /// A region of the edit graph: `old[left..<right]` against `new[top..<bottom]`.
    private struct Region {
        var left: Int, top: Int, right: Int, bottom: Int

        var width: Int { right - left }
        var height: Int { bottom - top }
        var size: Int { width + height }
        var delta: Int { width - height }
    }

    /// One step off the diagonal: a removal of `old[index]` or an insertion of `new[index]`.
    private struct Step {
        var removes: Bool
        var index: Int
    }

    static func marks(from old: [UInt32], to new: [UInt32]) -> (removed: [Bool], inserted: [Bool]) {
        var removed = [Bool](plain: false, count: old.count)
        var inserted = [Bool](plain: false, count: new.count)
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                var region = Search.trimmed(Region(left: 0, top: 0, right: a.count, bottom: b.count), a, b)
                // The two vectors in one buffer, for diagonals −size−1 … size+1 (the widest the first
                // region can ask for), read and written through pointers: the arrays' bounds and
                // uniqueness checks at every step of the search cost as much as the search.
                let width = 2 * region.size + 3
                let vectors = UnsafeMutablePointer<Int>.allocate(capacity: 2 * width)
                vectors.initialize(repeating: 0, count: 2 * width)
                defer { vectors.deallocate() }
                let search = Search(a: a, b: b, forward: vectors, backward: vectors + width, origin: region.size + 1)
                var later: [Region] = []
                while true {
                    let (step, snake) = search.middleSnake(region)
                    if let step {
                        if step.removes { removed[step.index] = true } else { inserted[step.index] = true }
                    }
                    guard let snake else {
                        guard let next = later.popLast() else { return }
                        region = next
                        continue
                    }
                    // The part before the snake is searched next; the part after it waits.
                    later.append(Search.trimmed(Region(left: snake.right, top: snake.bottom, right: region.right, bottom: region.bottom), a, b))
                    region = Search.trimmed(Region(left: region.left, top: region.top, right: snake.left, bottom: snake.top), a, b)
                }
            }
        }
        return (removed, inserted)
    }

    /// The search over two sequences, with its two furthest-reaching vectors (forward, indexed by
    /// diagonal k = x − y, and backward, by c = k − delta) in one buffer reused for every region.
    /// Its places and diagonals count with wrapping arithmetic: each stays within the two sequences'
    /// lengths, and the overflow tests were two fifths of the search's instructions.
    private struct Search {
        let a: UnsafeBufferPointer<UInt32>
        let b: UnsafeBufferPointer<UInt32>
        let forward: UnsafeMutablePointer<Int>
        let backward: UnsafeMutablePointer<Int>
        let origin: Int

        /// The region less the equal elements at its start and at its end.
        static func trimmed(_ r: Region, _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Region {
            var r = r
            while r.left < r.right, r.top < r.bottom, a[r.left] == b[r.top] {
                r.left += 1
                r.top += 1
            }
            while r.right > r.left, r.bottom > r.top, a[r.right - 1] == b[r.bottom - 1] {
                r.right -= 1
                r.bottom -= 1
            }
            return r
        }

        /// The step and the snake (that step's start to the end of the diagonal run after it) where
        /// the forward and backward searches meet; a region of one element is that step alone.
        func middleSnake(_ r: Region) -> (Step?, Region?) {
            if r.size == 0 { return (nil, nil) }
            if r.size == 1 { return (Step(removes: r.width == 1, index: r.width == 1 ? r.left : r.top), nil) }
            forward[origin + 1] = r.left
            backward[origin + 1] = r.bottom
            let odd = r.delta & 1 != 0
            for depth in 0...((r.size + 1) / 2) {
                if odd {
                    if let met = forwardStep(r, depth, checks: true) { return (met.0, met.1) }
                    _ = backwardStep(r, depth, checks: false)
                } else {
                    _ = forwardStep(r, depth, checks: false)
                    if let met = backwardStep(r, depth, checks: true) { return (met.0, met.1) }
                }
            }
            // Unreachable: the searches meet by depth (size + 1) / 2. Nothing is marked rather than a trap.
            return (nil, nil)
        }

        /// One round of the forward search: each diagonal's furthest point after `depth` steps.
        func forwardStep(_ r: Region, _ depth: Int, checks: Bool) -> (Step, Region)? {
            var k = depth
            while k >= -depth {
                let down = k == -depth || (k != depth && forward[origin &+ k &- 1] < forward[origin &+ k &+ 1])
                let startX = down ? forward[origin &+ k &+ 1] : forward[origin &+ k &- 1]
                var x = down ? startX : startX &+ 1
                var y = r.top &+ (x &- r.left) &- k
                let step = down ? Step(removes: false, index: y &- 1) : Step(removes: true, index: startX)
                let startY = depth == 0 || !down ? y : y &- 1
                while x < r.right, y < r.bottom, a[x] == b[y] {
                    x &+= 1
                    y &+= 1
                }
                forward[origin &+ k] = x
                if checks {
                    let c = k &- r.delta
                    if c >= -(depth &- 1), c <= depth &- 1, y >= backward[origin &+ c] {
                        return (step, Region(left: startX, top: startY, right: x, bottom: y))
                    }
                }
                k &-= 2
            }
            return nil
        }

        /// One round of the backward search, from the region's end towards its start.
        func backwardStep(_ r: Region, _ depth: Int, checks: Bool) -> (Step, Region)? {
            var c = depth
            while c >= -depth {
                let k = c &+ r.delta
                let left = c == -depth || (c != depth && backward[origin &+ c &- 1] > backward[origin &+ c &+ 1])
                let endY = left ? backward[origin &+ c &+ 1] : backward[origin &+ c &- 1]
                var y = left ? endY : endY &- 1
                var x = r.left &+ (y &- r.top) &+ k
                let step = left ? Step(removes: true, index: x) : Step(removes: false, index: y)
                let endX = depth == 0 || !left ? x : x &+ 1
                while x > r.left, y > r.top, a[x &- 1] == b[y &- 1] {
                    x &-= 1
                    y &-= 1
                }
                backward[origin &+ c] = y
                if checks, k >= -depth, k <= depth, x <= forward[origin &+ k] {
                    return (step, Region(left: x, top: y, right: endX, bottom: endY))
                }
                c &-= 2
            }
            return nil
        }
    }
}
