-- Run by nvim_test.sh: headless Neovim with clangd-txscope as its clangd.
-- Opens the file given on the command line, waits for txscope's diagnostic
-- and prints vim.diagnostic.get() for the buffer, one line each.
local wrapper = os.getenv("TXSCOPE_WRAPPER")
local db_dir = os.getenv("TXSCOPE_DB_DIR")
local client = vim.lsp.start_client({
  name = "clangd",
  cmd = { wrapper, "--compile-commands-dir=" .. db_dir },
  root_dir = db_dir,
})
vim.lsp.buf_attach_client(0, client)
local function txscope_seen()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source == "txscope" then return true end
  end
  return false
end
local ok = vim.wait(180000, txscope_seen, 200)
for _, d in ipairs(vim.diagnostic.get(0)) do
  io.stdout:write(string.format("%s:%d:%d: [%s] %s\n", vim.fn.expand("%:t"), d.lnum + 1, d.col + 1,
    d.source or "?", d.message))
end
io.stdout:write(ok and "txscope diagnostic seen\n" or "no txscope diagnostic\n")
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 100)
vim.cmd(ok and "qall!" or "cquit!")
