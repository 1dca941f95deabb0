// Test classes run one after another. Run side by side, a class parsing built pages with AngleSharp while another
// built a site now and then gave a Markdown body different HTML and search text in that process (clean-clone CI runs;
// SiteGen's own Markdown reading takes one body at a time, but the tests' parsing shares AngleSharp with it).
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
