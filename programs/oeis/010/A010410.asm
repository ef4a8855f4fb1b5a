; A010410: Squares mod 49.
; Formula: a(n) = truncate(7*truncate((4*n-8)/3)/4)+1
; 0,1,2,4,8,9,11,15,16,18,22,23,25,29,30,32,36,37,39,43,44,46

#offset 1

mul $0,4
sub $0,8
div $0,3
mul $0,7
div $0,4
add $0,1
