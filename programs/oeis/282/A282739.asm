; A282739: Ramsey number R(K_3, K_n - edge).
; Formula: a(n) = 2*truncate(A028552(n+5)/11)-11
; 5,7,11,17,21,25,31,37

#offset 3

add $0,5
seq $0,28552
div $0,11
mul $0,2
sub $0,11
