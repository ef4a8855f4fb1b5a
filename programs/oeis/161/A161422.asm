; A161422: a(n) = A161418(n)/6.
; Formula: a(n) = floor(floor(5*n/6)*floor(5*n/6)/9)
; 0,0,0,0,1,1,2,2,4,5

mul $0,5
div $0,6
mul $0,$0
div $0,9
