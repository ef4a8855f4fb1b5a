; A246146: Limiting block extension of A010060 (Thue-Morse sequence) with first term as initial block.
; Formula: a(n) = lodamod(sumdigits(n+52,2)-1,2)
; 0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0

add $0,52
dgs $0,2
sub $0,1
mod $0,2
