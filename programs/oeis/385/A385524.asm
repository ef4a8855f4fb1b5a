; A385524: Numbers that are not cycle counts of inseparable cubic multigraphs.
; Formula: a(n) = floor((floor((6*n+6)/4)*floor((6*n+6)/4)+8)/11)
; 1,2,4,5,8,9,13,16

#offset 1

mul $0,6
add $0,6
div $0,4
mul $0,$0
add $0,8
div $0,11
