; A006672: a(n) = smallest m such that for every red-blue edge-coloring of the graph K_{m} there exists either a red 4-cycle or a blue K_{1,n}; Ramsey number r(C_4, K_{1,n}).
; 4,4,6,7,8,9,11,12,13,14

#offset 1

sub $0,1
mov $3,$0
mul $3,5
sub $3,1
mul $3,3
mul $0,$1
sub $3,1
add $0,$3
mul $0,3
div $0,36
add $0,4
