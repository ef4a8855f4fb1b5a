; A066014: Highest minimal Euclidean norm of any Type 4^Z self-dual code of length n over Z/4Z which does not have all Euclidean norms divisible by 8, that is, is strictly Type I. Compare A105682.
; Formula: a(n) = 4*truncate(lodadif(n-1,12)/11)+4
; 4,4,4,4,4,4,4,4,4,4,4,8,4,8,8,8,8,8,8,8,8,8,12,12

#offset 1

sub $0,1
dif $0,12
div $0,11
mul $0,4
add $0,4
