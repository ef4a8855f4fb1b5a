; A241814: Number of distance-regular simple connected graphs on n nodes.
; Formula: a(n) = A032766(A130722(n-1))+1
; 1,1,1,2,2,4,2,5,4,7

#offset 1

sub $0,1
seq $0,130722
seq $0,32766
add $0,1
