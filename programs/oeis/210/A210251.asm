; A210251: Residues modulo 100 of odd squares.
; Formula: a(n) = 4*truncate(8*truncate((6*n-24)/4)/5)+25
; 1,9,21,25,29,41,49,61,69,81,89

#offset 1

mul $0,6
sub $0,24
div $0,4
mul $0,8
div $0,5
mul $0,4
add $0,25
