; A130218: Partial sums of A100119. Sum of first n of the n-th centered n-gonal numbers.
; Formula: a(n) = binomial(binomial(n,2),2)-(binomial(0-n,3)+binomial(n,2))
; 1,3,10,29,70,146,273,470,759,1165,1716,2443,3380,4564,6035,7836,10013,12615,15694,19305,23506,28358,33925,40274,47475,55601,64728,74935,86304,98920,112871,128248,145145,163659,183890,205941,229918,255930

#offset 1

sub $1,$0
bin $1,3
bin $0,2
add $1,$0
bin $0,2
sub $0,$1
