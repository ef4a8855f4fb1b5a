; A245938: Limit-reverse of the Thue-Morse sequence (A010060), with first term as initial block.
; Formula: a(n) = sumdigits(n+27,2)%2
; 0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0

add $0,27
dgs $0,2
mod $0,2
