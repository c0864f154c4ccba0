goto skip
::skip::
