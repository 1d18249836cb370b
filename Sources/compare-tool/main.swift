import Compare
import Foundation

print("compare-tool")
