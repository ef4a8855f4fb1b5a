; A151994: For k=A079523(n),n>=2, let {S_k} be the minimal recursive sequence beginning with k similar to N with respect to property of integer to be or not to be in A079523. Then a(n) is the point of confluence of {S_k} with {S_5}.
; Formula: a(n) = 8*lodadgs(A000142(n-1),3)-3
; 5,13,13,29,29,61,61,61,61

#offset 2

sub $0,1
seq $0,142
dgs $0,3
mul $0,8
sub $0,3
