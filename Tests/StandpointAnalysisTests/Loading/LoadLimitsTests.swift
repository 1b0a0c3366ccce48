import Testing
@testable import StandpointAnalysis

@Suite struct LoadLimitsTests {
    @Test func sizesAreReadAsAPersonWritesThem() {
        #expect(LoadLimits.parseSize("64MB") == 64 << 20)
        #expect(LoadLimits.parseSize("64M") == 64 << 20)
        #expect(LoadLimits.parseSize("500k") == 500 << 10)
        #expect(LoadLimits.parseSize("1GiB") == 1 << 30)
        #expect(LoadLimits.parseSize("1.5MB") == 3 << 19)
        #expect(LoadLimits.parseSize("1048576") == 1 << 20)
        #expect(LoadLimits.parseSize("lots") == nil)
        #expect(LoadLimits.parseSize("-5MB") == nil)
        #expect(LoadLimits.parseSize("0") == nil)
    }

    @Test func theDefaultIs64MB() {
        #expect(LoadLimits().maxFileSize == 64 * 1024 * 1024)
        #expect(LoadLimits.describe(bytes: LoadLimits().maxFileSize) == "64 MB")
        #expect(LoadLimits.describe(bytes: 1536) == "1.5 KB")
    }
}
