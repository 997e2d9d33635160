//! `protokit rpp`: EPP documents to their RPP form and back (rpp-model).
//!
//! - `from-epp FILE|-`: an EPP command or response as one line of JSON,
//!   `{"kind":"request","method":...,"path":...,"query":{...},"headers":{...},"body":{...}}`
//!   or `{"kind":"response","status":...,"headers":{...},"body":{...}}`;
//!   or `error: <reason>` (exit 1) naming what RPP cannot express.
//! - `to-epp FILE|-`: that JSON back to the EPP XML document (as the
//!   epp-model writer writes it); `error: <reason>` (exit 1) naming what
//!   EPP cannot express or where the JSON is wrong.
//!
//! Refusals (input over its limit, not EPP, not RPP, not expressible) go
//! to stdout as `error: <reason>` with exit code 1; failures of the tool (a
//! file that cannot be read, stdout unwritable) are [`Error`]s (exit 2).

use std::io::Write;
use std::process::ExitCode;

use rpp_model::http::Message;
use rpp_model::json::Limits;

use crate::error::Error;

/// RPP (RESTful Provisioning Protocol): EPP documents to RPP requests and
/// responses, and back.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  protokit rpp from-epp domain-info.xml             one line of JSON: method, path, headers, body
  protokit rpp from-epp domain-info.xml | protokit rpp to-epp -    the EPP document again")]
pub struct Args {
    #[command(subcommand)]
    command: RppCommand,
}

#[derive(clap::Subcommand)]
enum RppCommand {
    /// An EPP command or response as its RPP request or response: one line of JSON
    #[command(
        after_help = "Prints {\"kind\":\"request\",\"method\":...,\"path\":...,\"query\":{...},\"headers\":{...},\"body\":{...}}
or {\"kind\":\"response\",\"status\":...,\"headers\":{...},\"body\":{...}}, or `error: <reason>` (exit 1)
naming what RPP cannot express. clTRID, svTRID and the result code travel in the RPP-Cltrid,
RPP-Svtrid and RPP-Code headers, object passwords in RPP-Authorization.

Examples:
  protokit rpp from-epp domain-create.xml
  protokit rpp from-epp - < domain-info-response.xml"
    )]
    FromEpp {
        /// The EPP document (`-`: stdin)
        #[arg(value_name = "FILE|-")]
        file: String,
    },
    /// The JSON of `from-epp` back to the EPP XML document
    #[command(after_help = "Prints the document as `protokit epp print` writes it, or `error: <reason>` (exit 1)
naming what EPP cannot express or the JSON path of a bad value.

Examples:
  protokit rpp to-epp request.json
  protokit rpp from-epp domain-create.xml | protokit rpp to-epp -")]
    ToEpp {
        /// The JSON (`-`: stdin)
        #[arg(value_name = "FILE|-")]
        file: String,
    },
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let result = match args.command {
        RppCommand::FromEpp { file } => from_epp(&file),
        RppCommand::ToEpp { file } => to_epp(&file),
    };
    let mut out = std::io::stdout().lock();
    let (written, code) = match result {
        Ok(bytes) => (out.write_all(&bytes), ExitCode::SUCCESS),
        // A file that cannot be read is the tool's failure (exit 2).
        Err(e @ Error::Io { .. }) => return Err(e),
        Err(refused) => (writeln!(out, "error: {refused}"), ExitCode::FAILURE),
    };
    written.and_then(|()| out.flush()).map_err(|e| Error::io("rpp", e))?;
    Ok(code)
}

fn from_epp(path: &str) -> Result<Vec<u8>, Error> {
    let bytes = crate::input::read_document(
        path,
        epp_model::xml::Limits::default().max_document_len,
        "the EPP document limit",
    )?;
    let doc = epp_model::parse(&bytes).map_err(Error::EppDocument)?;
    let mut line = rpp_model::epp::document_to_message(&doc)?.to_json();
    line.push(b'\n');
    Ok(line)
}

fn to_epp(path: &str) -> Result<Vec<u8>, Error> {
    let limits = Limits::DEFAULT;
    let bytes = crate::input::read_document(path, limits.max_len, "the RPP body limit")?;
    let msg = Message::from_json(&bytes, &limits)?;
    Ok(rpp_model::epp::message_to_document(&msg)?.to_xml())
}
