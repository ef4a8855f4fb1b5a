; A113023: Number of terms in A095810 which have n digits.
; Formula: a(n) = A218155(A169211(n-1))+3
; 5,18,90,450,2250,11250,56250,281250,1406250,7031250,35156250,175781250

#offset 1

sub $0,1
seq $0,169211
seq $0,218155
add $0,3
