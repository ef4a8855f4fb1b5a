; A010558: Maximal size of binary code of length n correcting 2 unidirectional errors.
; Formula: a(n) = truncate((A000079(max(n-2,0))+24)/14)
; 1,1,1,2,2,2,4,6,10

#offset 1

sub $0,2
max $0,0
seq $0,79
add $0,24
div $0,14
