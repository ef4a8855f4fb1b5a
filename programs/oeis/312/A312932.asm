; A312932: Coordination sequence Gal.5.81.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((40*n-14)/9)+2
; 1,4,9,13,18,22,27,31,36,40,44,49,53,58,62,67,71,76,80,84,89,93,98,102,107,111,116,120,124,129,133,138,142,147,151,156,160,164,169,173,178,182,187,191,196,200,204,209,213,218

mul $0,40
sub $0,14
div $0,9
add $0,2
