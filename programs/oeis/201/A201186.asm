; A201186: Incorrect list of perfect numbers from Robert Recorde's Whetstone of Witte.
; Formula: a(n) = truncate(lodafac(2*max(A000302(n-1),2),-2)/2)
; 6,28,496,8128,130816,2096128,33550336,536854528

#offset 1

sub $0,1
seq $0,302
max $0,2
mul $0,2
fac $0,-2
div $0,2
