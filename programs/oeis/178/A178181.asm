; A178181: Minute with hour hand overlap problem on analog clock.
; Formula: a(n) = floor(164*n/30)
; 0,5,10,16,21,27,32,38,43,49,54

mul $0,164
div $0,30
