//! `rpp-server --db PATH --listen ADDR`: serves the registry in the
//! SQLite file PATH (created on first start; `:memory:` for one that
//! ends with the process) on ADDR, and prints the bound address.

use std::process::ExitCode;

/// Usage, printed by `--help` and after a usage error.
const USAGE: &str = "usage: rpp-server [--db PATH] [--listen ADDR]
  --db PATH      the SQLite registry file, created on first start (default rpp-registry.sqlite; :memory: for none)
  --listen ADDR  the address to listen on (default 127.0.0.1:8700; port 0 picks one)
example: rpp-server --db registry.sqlite --listen 127.0.0.1:0";

/// The command line.
struct Args {
    db: String,
    listen: String,
}

/// Reads the command line.
fn args() -> Result<Option<Args>, String> {
    let mut out = Args { db: "rpp-registry.sqlite".into(), listen: "127.0.0.1:8700".into() };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let slot = match flag.as_str() {
            "--db" => &mut out.db,
            "--listen" => &mut out.listen,
            "-h" | "--help" => return Ok(None),
            other => return Err(format!("unknown argument {other:?}")),
        };
        *slot = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
    }
    Ok(Some(out))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("rpp-server: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rpp-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Opens the registry, binds, serves until Ctrl-C.
async fn run(args: Args) -> Result<(), String> {
    let store = rpp_server::Store::open(&args.db).map_err(|e| format!("{}: {e}", args.db))?;
    let listener = tokio::net::TcpListener::bind(&args.listen).await.map_err(|e| format!("{}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("listening on http://{addr}");
    let shutdown = async {
        // Without a signal handler the process just runs until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    rpp_server::serve(listener, rpp_server::Registry::new(store), shutdown).await.map_err(|e| e.to_string())
}
