import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FORCES, type Force, REGIONS, type Region } from '#forces';
import { Allow } from '#identity';

@ApiTags('forces')
@ApiBearerAuth()
@Controller('api/forces')
export class ForcesController {
  @Get()
  @Allow('officer', 'order-manager', 'rocu', 'national', 'auditor')
  @ApiOperation({ summary: 'Every force with its region and land-border neighbours' })
  list(): { forces: readonly Force[]; regions: readonly Region[] } {
    return { forces: FORCES, regions: REGIONS };
  }
}
