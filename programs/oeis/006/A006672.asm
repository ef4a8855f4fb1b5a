; A006672: a(n) = smallest m such that for every red-blue edge-coloring of the graph K_{m} there exists either a red 4-cycle or a blue K_{1,n}; Ramsey number r(C_4, K_{1,n}).
; 4,4,6,7,8,9,11,12,13,14

#offset 1

sub $0,1
sub $3,1
sub $0,1
add $0,1
mov $2,$0
sub $2,1
add $3,$0
add $3,4
add $3,$0
add $3,$2
mov $0,$3
div $0,2
sub $0,1
mul $0,4
add $0,2
sub $0,-3
div $0,5
mul $0,4
add $0,1
sub $0,5
div $0,4
add $0,4
