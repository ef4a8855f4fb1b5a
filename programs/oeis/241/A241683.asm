; A241683: Total number of 2 X 2 squares appearing in the Thue-Morse sequence logical matrices after n stages.
; Formula: a(n) = 2*truncate(truncate(A000079(n)/3)*truncate(A000079(n)/3)/4)
; 0,0,0,2,12,50,220,882,3612,14450,58140,232562,931612,3726450,14911260,59645042,238602012,954408050,3817719580,15270878322,61083862812,244335451250,977343203100,3909372812402

seq $0,79
div $0,3
mul $0,$0
div $0,4
mul $0,2
